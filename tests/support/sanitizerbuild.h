#pragma once

namespace nereid::test {

// Whether this test, and so the server it starts (both are of one build), runs under the asan preset's
// AddressSanitizer + UndefinedBehaviorSanitizer.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true;
#else
constexpr bool UnderAddressSanitizer = false;
#endif

} // namespace nereid::test
