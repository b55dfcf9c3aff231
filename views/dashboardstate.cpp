#include "dashboardstate.h"

#include <algorithm>
#include <QJsonArray>

namespace nereid {

namespace {

const QString VersionKey = QStringLiteral("version"), ColumnsKey = QStringLiteral("columns"),
              CardHeightKey = QStringLiteral("cardHeight"), AutoKey = QStringLiteral("autoCharts"),
              CollapsedKey = QStringLiteral("collapsed"), CardsKey = QStringLiteral("cards"),
              PathKey = QStringLiteral("path"), AutomaticKey = QStringLiteral("automatic"),
              HeightKey = QStringLiteral("height"), SettingsKey = QStringLiteral("settings");

} // namespace

QString DashboardState::sectionOf(const QString &path)
{
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QStringList DashboardState::paths() const
{
    QStringList paths;
    paths.reserve(m_cards.size());
    for (const Card &card : m_cards)
        paths.append(card.path);
    return paths;
}

qsizetype DashboardState::indexOf(const QString &path) const
{
    return m_index.value(path, -1);
}

bool DashboardState::add(const QString &path, bool automatic)
{
    if (path.isEmpty() || m_index.contains(path))
        return false;
    m_index.insert(path, m_cards.size());
    m_cards.append({path, automatic, 0});
    return true;
}

bool DashboardState::remove(const QString &path)
{
    const qsizetype at = indexOf(path);
    if (at < 0)
        return false;
    m_cards.removeAt(at);
    reindex();
    return true;
}

bool DashboardState::move(qsizetype from, qsizetype to)
{
    if (from == to || from < 0 || to < 0 || from >= m_cards.size() || to >= m_cards.size())
        return false;
    m_cards.move(from, to);
    reindex();
    return true;
}

bool DashboardState::setAutomaticPaths(const QStringList &paths)
{
    const QSet<QString> wanted(paths.begin(), paths.end());
    const qsizetype before = m_cards.size();
    const auto gone = std::remove_if(m_cards.begin(), m_cards.end(),
                                     [&](const Card &card) { return card.automatic && !wanted.contains(card.path); });
    bool changed = gone != m_cards.end();
    m_cards.erase(gone, m_cards.end());
    if (changed)
        reindex();
    for (const QString &path : paths)
        changed = add(path, true) || changed;
    return changed || before != m_cards.size();
}

bool DashboardState::removeAutomatic()
{
    return setAutomaticPaths({});
}

int DashboardState::heightOf(qsizetype card) const
{
    const int height = m_cards.at(card).height;
    return height > 0 ? height : m_cardHeight;
}

void DashboardState::setHeight(qsizetype card, int height)
{
    m_cards[card].height = std::max(height, int(MinCardHeight));
}

void DashboardState::setColumns(int columns)
{
    m_columns = std::clamp(columns, 1, int(MaxColumns));
}

void DashboardState::setCardHeight(int height)
{
    m_cardHeight = std::max(height, int(MinCardHeight));
}

void DashboardState::setCollapsed(const QString &section, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(section);
    else
        m_collapsed.remove(section);
}

void DashboardState::setSettings(const QString &path, const QVariantMap &settings)
{
    if (settings.isEmpty())
        m_settings.remove(path);
    else
        m_settings.insert(path, settings);
}

void DashboardState::reindex()
{
    m_index.clear();
    m_index.reserve(m_cards.size());
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_index.insert(m_cards[i].path, i);
}

QJsonObject DashboardState::toJson() const
{
    QJsonArray cards;
    QJsonObject settings;
    for (const Card &card : m_cards) {
        QJsonObject object{{PathKey, card.path}};
        if (card.automatic)
            object.insert(AutomaticKey, true);
        if (card.height > 0)
            object.insert(HeightKey, card.height);
        cards.append(object);
        if (m_settings.contains(card.path))
            settings.insert(card.path, QJsonObject::fromVariantMap(m_settings.value(card.path)));
    }
    QStringList collapsed(m_collapsed.begin(), m_collapsed.end());
    collapsed.sort();
    return {{VersionKey, 1},
            {ColumnsKey, m_columns},
            {CardHeightKey, m_cardHeight},
            {AutoKey, m_autoCharts},
            {CollapsedKey, QJsonArray::fromStringList(collapsed)},
            {CardsKey, cards},
            {SettingsKey, settings}};
}

std::optional<DashboardState> DashboardState::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(VersionKey).toInt() != 1)
        return fail(tr("The dashboard is of an unknown version."));
    if (!json.value(CardsKey).isArray())
        return fail(tr("The dashboard has no list of cards."));
    DashboardState state;
    state.setColumns(json.value(ColumnsKey).toInt(DefaultColumns));
    state.setCardHeight(json.value(CardHeightKey).toInt(DefaultCardHeight));
    state.m_autoCharts = json.value(AutoKey).toBool();
    for (const QJsonValue &section : json.value(CollapsedKey).toArray())
        state.m_collapsed.insert(section.toString());
    for (const QJsonValue &value : json.value(CardsKey).toArray()) {
        const QJsonObject card = value.toObject();
        const QString path = card.value(PathKey).toString();
        if (path.isEmpty())
            return fail(tr("A card of the dashboard has no series path."));
        if (state.add(path, card.value(AutomaticKey).toBool()) && card.contains(HeightKey))
            state.setHeight(state.m_cards.size() - 1, card.value(HeightKey).toInt());
    }
    const QJsonObject settings = json.value(SettingsKey).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        state.setSettings(it.key(), it.value().toObject().toVariantMap());
    return state;
}

} // namespace nereid
