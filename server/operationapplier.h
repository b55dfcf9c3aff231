#pragma once

#include "fieldrow.h"
#include "operation.h"

#include <QCoreApplication>

namespace nereid {

class FieldStore;
class SeriesStore;
struct RunRow;

// Applies validated operations to one run inside the batch's transaction: checks what needs the
// database (types of existing fields, namespaces, the field limit, steps against stored points),
// then writes. Sys fields change `run`, which the caller saves. Throws ApiError naming the operation.
class OperationApplier
{
    Q_DECLARE_TR_FUNCTIONS(OperationApplier)

public:
    static constexpr qint64 MaxFields = 9000;

    OperationApplier(FieldStore &fields, SeriesStore &series, RunRow &run, qint64 revision, qint64 now);

    void apply(const Operation &operation, int index);

private:
    void applySys(const Operation &operation);
    FieldRow fieldFor(const Operation &operation, int index);
    void assign(FieldRow &field, const FieldValue &value);
    void appendFloat(FieldRow &field, const SeriesBlock &points, int index);
    void appendStrings(FieldRow &field, QList<StringPoint> points, int index);
    void changeStrings(FieldRow &field, const Operation &operation);
    double resolveStep(double given, const FieldRow &field, double previous, int index);

    FieldStore &m_fields;
    SeriesStore &m_series;
    RunRow &m_run;
    qint64 m_revision;
    qint64 m_now;
};

// Applies a string-set operation to `values`, keeping them sorted and unique.
QStringList changedStringSet(QStringList values, const Operation &operation);

} // namespace nereid
