#pragma once

#include "fieldrow.h"
#include "operation.h"
#include "seriesblock.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <vector>

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

    OperationApplier(FieldStore &fields, SeriesStore &series, RunRow &run, qint64 now);

    // Reads the fields the batch appends to in one go (see m_prefetched); optional, before the first apply().
    void prefetch(const QList<Operation> &operations);
    void apply(const Operation &operation, int index);
    // Writes what apply() held back; call once after the batch's last operation.
    void finish() { writeHeldAppends(); }
    // Gives the sys fields the batch edited their revision, which the caller takes after finish(): on PostgreSQL
    // taking it locks the project until the commit, so the later it is taken, the more of the writes of two
    // instances overlap.
    void stampSysEdits(qint64 revision);

private:
    void applySys(const Operation &operation, int index);
    FieldRow fieldFor(const Operation &operation, int index);
    void assign(FieldRow &field, const FieldValue &value);
    // Checks and summarises `points` into `field` and adds them to `held`, which the caller writes.
    void appendFloat(FieldRow &field, const SeriesBlock &points, int index, SeriesBlock &held);
    void writeHeldAppends();
    void appendStrings(FieldRow &field, QList<StringPoint> points, int index);
    void changeStrings(FieldRow &field, const Operation &operation);
    // 400 unknown_blob when the operation refers to a blob its project has not uploaded.
    void checkBlobs(const Operation &operation, int index);
    void assignFiles(FieldRow &field, const Operation &operation);
    double resolveStep(double given, const FieldRow &field, double previous, int index);

    FieldStore &m_fields;
    SeriesStore &m_series;
    RunRow &m_run;
    qint64 m_now;
    bool m_nameEdited = false, m_descriptionEdited = false, m_failedEdited = false, m_stageEdited = false;
    // The fields that the batch's float appends go to, as they were before the batch: valid until an operation
    // other than a float append or a sys edit changes fields (then cleared, and fields are found one by one).
    QHash<QString, FieldRow> m_prefetched;
    // The points of the appends to each float series, written together when an operation of another kind or the
    // end of the batch comes: a client that logs a point per operation (the Python client does, for several series
    // in turn) would otherwise rewrite each series' last block and its field row once per point, which on
    // PostgreSQL writes a new copy of the block every time.
    struct HeldAppend
    {
        FieldRow field;
        SeriesBlock points;
    };
    std::vector<HeldAppend> m_held;
    QHash<QString, std::size_t> m_heldByPath;
};

// Applies a string-set operation to `values`, keeping them sorted and unique.
QStringList changedStringSet(QStringList values, const Operation &operation);

} // namespace nereid
