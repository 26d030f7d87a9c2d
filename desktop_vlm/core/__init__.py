"""Domain types, the error tree and pure arithmetic. Imports nothing but the standard library."""
