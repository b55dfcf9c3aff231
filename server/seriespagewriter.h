#pragma once

#include "fieldrow.h"
#include "router.h"
#include "seriesstore.h"

#include <QCoreApplication>

namespace nereid {

class ApiRequest;

// The forms of a page of GET /api/v1/runs/{id}/series (docs/api.md): a JSON array per point (the default, which
// every older client reads), JSON columns (`layout=columns`) and binary columns (`Accept:
// application/x-nereid-points`, float series only). The columns are written straight into the answer's bytes: a
// QJsonArray per point, then its serialisation, cost ten times what reading the points from SQLite does.
class SeriesPageWriter
{
    Q_DECLARE_TR_FUNCTIONS(SeriesPageWriter)

public:
    enum class Form
    {
        Points,
        Columns,
        Binary
    };

    // The form the request asks for. A string series has no binary form: it answers in JSON, by `layout`.
    // Throws invalid_request for a layout other than "points" or "columns".
    static Form formOf(const ApiRequest &request, FieldType type);
    // The most points a page may ask for, in every form. Pages of 1,000,000 points in the columns were measured
    // too: no faster than ten pages of 100,000 (the binary form slower: 24 MB buffers miss the caches), and ten
    // times the memory a request.
    static constexpr int MaxLimit = 100000;

    static ApiResponse write(const FieldRow &field, const SeriesPage<FloatPoint> &page, Form form);
    static ApiResponse write(const FieldRow &field, const SeriesPage<StringPoint> &page, Form form);
};

} // namespace nereid
