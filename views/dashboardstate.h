#pragma once

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace nereid {

// What a dashboard of chart cards is (issue 17, item 7), without widgets: the cards in their order (a series path
// each, added by the user or by "Auto charts"), each card's height and chart settings, the collapsed sections, the
// columns and the default card height. A card's section is its path's first namespace ("train/loss" is in "train").
// The whole state goes into a saved view as JSON (toJson/fromJson), and a JSON that is not one loses nothing.
class DashboardState
{
    Q_DECLARE_TR_FUNCTIONS(DashboardState)

public:
    struct Card
    {
        QString path;
        bool automatic = false; // added by "Auto charts", removed with it
        int height = 0;         // 0: the dashboard's card height
    };

    static constexpr int DefaultColumns = 2;
    static constexpr int DefaultCardHeight = 340;
    static constexpr int MinCardHeight = 160;
    static constexpr int MaxColumns = 8;

    static QString sectionOf(const QString &path);

    const QList<Card> &cards() const { return m_cards; }
    QStringList paths() const;
    qsizetype indexOf(const QString &path) const;
    // Adds a card at the end unless the path has one already; false then.
    bool add(const QString &path, bool automatic = false);
    bool remove(const QString &path);
    // Moves the card at `from` to where the card at `to` is (both of one section), the cards between shifting by one.
    bool move(qsizetype from, qsizetype to);
    // "Auto charts": a card for each of `paths` (the float series of the shown runs), in their order after the
    // others; the automatic cards of paths no longer among them go. Returns whether the cards changed.
    bool setAutomaticPaths(const QStringList &paths);
    bool removeAutomatic();

    int heightOf(qsizetype card) const;
    void setHeight(qsizetype card, int height);
    int columns() const { return m_columns; }
    void setColumns(int columns);
    int cardHeight() const { return m_cardHeight; }
    void setCardHeight(int height);
    bool autoCharts() const { return m_autoCharts; }
    void setAutoCharts(bool on) { m_autoCharts = on; }
    bool isCollapsed(const QString &section) const { return m_collapsed.contains(section); }
    void setCollapsed(const QString &section, bool collapsed);
    // The chart settings of a card's path (see ChartPanel::settings()), kept while the card is not on screen.
    QVariantMap settingsOf(const QString &path) const { return m_settings.value(path); }
    void setSettings(const QString &path, const QVariantMap &settings);
    QHash<QString, QVariantMap> allSettings() const { return m_settings; }

    QJsonObject toJson() const;
    // Null when `json` is not a dashboard (the caller keeps what it had); `error` says why.
    static std::optional<DashboardState> fromJson(const QJsonObject &json, QString *error = nullptr);

private:
    QList<Card> m_cards;
    QHash<QString, qsizetype> m_index; // path -> position in m_cards
    QHash<QString, QVariantMap> m_settings;
    QSet<QString> m_collapsed;
    int m_columns = DefaultColumns;
    int m_cardHeight = DefaultCardHeight;
    bool m_autoCharts = false;

    void reindex();
};

} // namespace nereid
