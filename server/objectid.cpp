#include "objectid.h"

#include "domain/projectkey.h"
#include "domain/runid.h"
#include "objectkind.h"

namespace nereid {

std::optional<ObjectId> ObjectId::parse(const QString &text)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    ObjectId id{dash < 0 ? text : text.left(dash), dash < 0 ? QString(QLatin1String("")) : text.mid(dash + 1)};
    if (!ProjectKey::isValid(id.projectKey))
        return std::nullopt;
    if (dash < 0)
        return id;
    const qsizetype versionDash = id.objectKey.indexOf(QLatin1Char('-'));
    if (!isValidModelKey(QStringView(id.objectKey).left(versionDash < 0 ? id.objectKey.size() : versionDash)))
        return std::nullopt;
    if (versionDash >= 0 && !RunId::parse(id.objectKey)) // "MOD-3": a key and a number, as a run id is
        return std::nullopt;
    return id;
}

} // namespace nereid
