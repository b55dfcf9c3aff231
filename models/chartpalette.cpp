#include "chartpalette.h"

#include <array>

namespace nereid {

namespace {

// Tableau 10, then ten more of middle lightness, so every one shows on a light and on a dark plot. No two are closer
// than 18 in CIELAB (ΔE*76): told apart side by side, and the first ten still by most colour-blind viewers.
constexpr std::array<QRgb, 20> Palette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1,
                                       0xff9da7, 0x9c755f, 0xbab0ac, 0x1f9bd7, 0x8c1d82, 0xd4166a, 0x7f7fff,
                                       0x17becf, 0xa0522d, 0x9acd32, 0x5e35b1, 0x00897b, 0xb8860b};

} // namespace

QColor ChartPalette::colorFor(const QString &runId)
{
    const qsizetype dash = runId.lastIndexOf(u'-');
    bool numbered = false;
    const qint64 number = dash < 0 ? 0 : runId.mid(dash + 1).toLongLong(&numbered);
    if (numbered && number > 0)
        return color(int((number - 1) % Palette.size()));
    // FNV-1a over the id's UTF-16 code units: stable across runs of the program and machines.
    quint32 hash = 2166136261u;
    for (const QChar c : runId) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return color(int(hash % Palette.size()));
}

QColor ChartPalette::color(int index)
{
    return QColor::fromRgb(Palette.at(size_t(index) % Palette.size()));
}

int ChartPalette::size()
{
    return int(Palette.size());
}

} // namespace nereid
