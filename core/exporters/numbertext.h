#pragma once

#include <QByteArray>

namespace nereid {

// Doubles as the shortest text that reads back to the same double (std::to_chars), the hot path of every export.
class NumberText
{
public:
    // The number, or for a non-finite value the API's strings: "NaN", "Infinity", "-Infinity" (in quotes when
    // `quoted`, as JSON needs them).
    static void append(QByteArray &out, double value, bool quoted = true);
    // MLflow's spelling of values (Python's float repr): nan, inf, -inf.
    static void appendPython(QByteArray &out, double value);
};

} // namespace nereid
