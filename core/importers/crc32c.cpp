#include "crc32c.h"

#include <array>

namespace nereid {

namespace {

// Slicing-by-8: eight table lookups per 8 bytes. A record's data is checked whole, so this is most of the cost
// of reading an event file (the benchmark's framing baseline measures it).
constexpr std::array<std::array<std::uint32_t, 256>, 8> makeTables()
{
    std::array<std::array<std::uint32_t, 256>, 8> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1; // the reversed Castagnoli polynomial
        t[0][i] = c;
    }
    for (std::size_t s = 1; s < 8; ++s)
        for (std::size_t i = 0; i < 256; ++i)
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFF];
    return t;
}

constexpr auto Tables = makeTables();

} // namespace

std::uint32_t Crc32c::compute(QByteArrayView bytes)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    auto p = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype n = bytes.size();
    for (; n >= 8; p += 8, n -= 8) {
        const std::uint32_t lo = crc ^ (std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 |
                                        std::uint32_t(p[3]) << 24);
        crc = Tables[7][lo & 0xFF] ^ Tables[6][(lo >> 8) & 0xFF] ^ Tables[5][(lo >> 16) & 0xFF] ^ Tables[4][lo >> 24] ^
              Tables[3][p[4]] ^ Tables[2][p[5]] ^ Tables[1][p[6]] ^ Tables[0][p[7]];
    }
    for (; n > 0; ++p, --n)
        crc = Tables[0][(crc ^ *p) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::uint32_t Crc32c::masked(QByteArrayView bytes)
{
    const std::uint32_t crc = compute(bytes);
    return ((crc >> 15) | (crc << 17)) + 0xA282EAD8u;
}

} // namespace nereid
