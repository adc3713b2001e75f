"""cslbridge's house CSL styles, shipped as package data (one .csl file per style)."""
