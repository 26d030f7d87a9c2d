#!/bin/bash
# Writes lease-locked.doc and invoices-locked.xls: ../office97/lease.doc and invoices.xls saved again by
# LibreOffice with the password 2410, as Word and Excel 97–2003 files encrypted with RC4 (what those versions
# write when a password is set). LibreOffice's command line has no password option for these formats, so a
# Basic macro in a throw-away user profile stores each with a "Password" property.
# Needs LibreOffice (apt install libreoffice-writer-nogui libreoffice-calc-nogui).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"
soffice -env:UserInstallation="$profile" --headless --terminate_after_init 2> /dev/null
cat > "$work/profile/user/basic/Standard/Module1.xba" <<'XBA'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveLocked(source As String, target As String, filter As String, password As String)
  Dim opening(0) As New com.sun.star.beans.PropertyValue
  opening(0).Name = &quot;Hidden&quot;
  opening(0).Value = True
  document = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, opening())
  Dim saving(1) As New com.sun.star.beans.PropertyValue
  saving(0).Name = &quot;FilterName&quot;
  saving(0).Value = filter
  saving(1).Name = &quot;Password&quot;
  saving(1).Value = password
  document.storeToURL(ConvertToURL(target), saving())
  document.close(True)
End Sub
</script:module>
XBA
lock() {  # source in ../office97, target here, LibreOffice's export filter
  soffice -env:UserInstallation="$profile" --headless \
    "macro:///Standard.Module1.SaveLocked(\"$here/../office97/$1\",\"$work/$2\",\"$3\",\"2410\")" 2> /dev/null
  cp "$work/$2" "$here/$2"
}
lock lease.doc lease-locked.doc "MS Word 97"
lock invoices.xls invoices-locked.xls "MS Excel 97"
