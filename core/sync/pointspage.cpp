#include "pointspage.h"

#include "apiconnection.h"
#include "domain/binarypoints.h"
#include "seriesfetcher.h"

#include <QJsonDocument>

namespace nereid {

// An older server answers JSON to this; application/json is named too so that no server has to refuse it.
const QByteArray PointsPage::Accept = QByteArray(BinaryPoints::MediaType) + ", application/json;q=0.5";

QString PointsPage::path(const SeriesRequest &request, double from, double to, int limit)
{
    QString path =
        SeriesFetcher::seriesPath(request, QStringLiteral("series")) + QStringLiteral("&limit=%1").arg(limit);
    if (from > -qInf())
        path += QStringLiteral("&from=") + QString::number(from, 'g', 17);
    if (to < qInf())
        path += QStringLiteral("&to=") + QString::number(to, 'g', 17);
    return path;
}

Result<PointsPage> PointsPage::read(const ApiResult &result, const QByteArray &body, const QString &seriesPath)
{
    const auto refused = [&seriesPath](const QString &why) {
        return ValidationError{ErrorCode::InvalidValue,
                               tr("the points of %1 cannot be read: %2.").arg(seriesPath, why)};
    };
    PointsPage page;
    if (result.contentType == BinaryPoints::MediaType) {
        Result<BinaryPoints> binary = BinaryPoints::decode(body);
        if (!binary)
            return refused(binary.error().message);
        page.points = std::move(binary.value().points);
        page.next = binary->next;
        return page;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refused(parseError.errorString());
    if (!SeriesView::readPoints(document.object(), page.points))
        return refused(tr("they are not a list of points"));
    if (const QJsonValue next = document.object().value(QStringLiteral("next")); next.isDouble())
        page.next = next.toDouble();
    return page;
}

} // namespace nereid
