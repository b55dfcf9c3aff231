#include "chartpalette.h"

#include <array>

namespace nereid {

namespace {

// Tableau 10: distinct on white, and still told apart by most colour-blind viewers.
constexpr std::array<QRgb, 10> Palette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                       0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

} // namespace

QColor ChartPalette::colorFor(const QString &runId)
{
    // FNV-1a over the id's UTF-16 code units: stable across runs of the program and machines.
    quint32 hash = 2166136261u;
    for (const QChar c : runId) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromRgb(Palette[hash % Palette.size()]);
}

int ChartPalette::size()
{
    return int(Palette.size());
}

} // namespace nereid
