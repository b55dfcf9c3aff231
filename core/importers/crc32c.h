#pragma once

#include <cstdint>
#include <QByteArrayView>

namespace nereid {

// CRC-32C (Castagnoli), as TFRecord files check their records, and the mask TensorFlow puts over it.
class Crc32c
{
public:
    static std::uint32_t compute(QByteArrayView bytes);
    static std::uint32_t masked(QByteArrayView bytes);
};

} // namespace nereid
