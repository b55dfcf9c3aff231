// The run query language (core/query): lexer, parser and type checker on any text, the evaluator on the ten runs
// of the query tests, sort keys, and quoting: any text quoted by Query::quote is one valid value.
#include "query/query.h"
#include "query/queryparser.h"
#include "queryfixture.h"

#include <cstdint>

using namespace nereid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QList<QueryRun> runs = queryfixture::runs();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Query query = Query::parse(text, queryfixture::now());
    if (query.isValid()) {
        for (const QueryRun &run : runs)
            query.matches(run);
        query.paths();
    }
    QueryError error;
    QueryParser::parseSortKey(text, &error);

    const Query quoted = Query::parse(QStringLiteral("sys/name = ") + Query::quote(text), queryfixture::now());
    if (!quoted.isValid())
        qFatal("a quoted value does not parse: %s", qPrintable(quoted.error().message));
    return 0;
}
