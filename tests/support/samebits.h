#pragma once

#include <cstring>
#include <vector>

namespace nereid::test {

// The same doubles bit for bit: -0 against 0 and one NaN against another count, and a NaN (a step not given)
// matches only the same NaN, where == would never match it.
inline bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    // memcmp's pointers must not be null, not even for no bytes: an empty vector's data() may be (UBSan, found by
    // fuzz_operations).
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

} // namespace nereid::test
