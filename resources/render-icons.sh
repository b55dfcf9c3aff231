#!/bin/sh
# Renders the PNG sizes desktops use from the hand-drawn SVG. The PNGs are committed, so the build needs no
# SVG renderer; run this (librsvg2-bin's rsvg-convert) after changing nereid.svg.
set -eu
cd "$(dirname "$0")/icons"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" nereid.svg -o "nereid-$size.png"
done
