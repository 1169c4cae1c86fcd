#!/usr/bin/python3
"""Derive one of Liaison's PDF text-layer fonts from a Noto Sans TrueType file
of an Indic script (Tamil, Devanagari, ...).

Qt's PDF engine maps glyphs back to text only through the font's cmap, so a
ligature or a reordered vowel sign extracts as garbage. PdfText draws the
visible text as outlines and the same string again, invisible, in this
font: it has no GSUB or GPOS and an empty AAT 'morx' table, so HarfBuzz
neither reorders nor ligates, and every character becomes one glyph with a
cmap entry, which pdftotext reads back.

The result is a Modified Version under the SIL Open Font License 1.1, so it
gets its own family name.

usage: make_text_layer_font.py SOURCE.ttf OUTPUT.ttf FAMILY
"""
import struct
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables.DefaultTable import DefaultTable


def empty_morx():
    # An AAT 'morx' table with no chains: version 2, unused, nChains 0.
    table = DefaultTable("morx")
    table.data = struct.pack(">HHI", 2, 0, 0)
    return table


def main(source, output, family):
    font = TTFont(source)
    # No OpenType shaping tables. An empty 'morx' makes HarfBuzz take its AAT
    # path, which neither reorders nor ligates, and makes Qt accept the font
    # for its script (QFontEngine::supportsScript wants GSUB support for the
    # script, or any morx table).
    font["morx"] = empty_morx()
    for tag in ("GSUB", "GPOS", "DSIG"):
        if tag in font:
            del font[tag]
    postscript = family.replace(" ", "") + "-Regular"
    names = font["name"]
    original = names.getDebugName(1)
    for record in list(names.names):
        if record.nameID in (16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    names.setName(family, 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(postscript + ";derived from " + original, 3, 3, 1, 0x409)
    names.setName(family + " Regular", 4, 3, 1, 0x409)
    names.setName(postscript, 6, 3, 1, 0x409)
    for record in list(names.names):
        if record.platformID != 3 and record.nameID in (1, 3, 4, 6):
            names.removeNames(nameID=record.nameID, platformID=record.platformID)
    font.save(output)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
