#pragma once

#include "operation.h"

#include <optional>
#include <QByteArrayView>
#include <QList>

namespace nereid {

// The batch a logging client sends most, appends of numbers to float series, read straight from its JSON text
// into Operations. Building a QJsonDocument of a 10,000-point batch and walking it with OperationParser cost more
// than applying the batch. Anything else (another op or type, a sys path, an escape in a string, a member other
// than op, path, type and points, a repeated member, a point OperationParser would refuse, a number Qt would not
// hold) gives nullopt, and the caller leaves the batch to OperationParser: so what is accepted, and every error,
// stays OperationParser's.
class FloatAppendReader
{
public:
    // `text` must be valid JSON (it passed JsonScanner): only the shape is checked here, not the grammar.
    static std::optional<QList<Operation>> read(QByteArrayView text);

private:
    explicit FloatAppendReader(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    bool batch(QList<Operation> &operations);
    bool operation(Operation &operation);
    bool points(SeriesBlock &points);
    bool number(double &value);
    bool stepOrTime(double &value); // a number or null (NaN)
    bool value(double &value);      // a number or "NaN", "Infinity", "-Infinity"
    bool string(QByteArrayView &text);
    bool take(char c);
    bool at(char c);
    bool atEnd();

    const char *m_p;
    const char *m_end;
};

} // namespace nereid
