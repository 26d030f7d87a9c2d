import sys

from desktop_vlm.cli.main import main

sys.exit(main())
