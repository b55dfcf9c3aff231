#pragma once

namespace nereid {

class Router;

// POST /api/v1/test/clock {"advance_ms": N}: moves the server's clock (clock.h) N ms forward and answers
// {"now_ms": ..., "offset_ms": ...}. For tests only: added under --test-clock, which the server takes only on a
// loopback address (docs/testing.md), so a test checks a run going quiet without waiting for it.
void addTestClockRoute(Router &router);

} // namespace nereid
