#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace liaison {

class Database;
class Repository;

// One partnership on paper for a visit: parties and key people with their
// roles (names in their own script too), stage history, agreements and their
// status, its timeline, open follow-ups, activity per quarter and a chronology.
class BriefingPack
{
public:
    BriefingPack(Repository &repository, qint64 partnershipId);

    void setPrintedOn(const QDate &date) { m_printedOn = date; }
    void setPageSize(const QPageSize &size) { m_pageSize = size; }

    // False with `error` (one line for people) when the partnership is
    // unknown, has no activities, or the file cannot be written.
    bool writePdf(const QString &path, QString *error);
    int pageCount() const { return m_pageCount; }

    // Paints the partnership's activity chart into a rectangle; returns false
    // when it cannot (then the pack paints QuarterChart). The ui library
    // installs the dashboard's chart here so that the pack shows the same
    // chart as the window; core alone keeps its QPainter fallback.
    using ActivityChartPainter = std::function<bool(QPainter &, const QRectF &, Database &, qint64 partnershipId)>;
    static void setActivityChartPainter(ActivityChartPainter painter);

private:
    Repository &m_repository;
    qint64 m_partnershipId;
    QDate m_printedOn = QDate::currentDate();
    QPageSize m_pageSize = QPageSize(QPageSize::A4);
    int m_pageCount = 0;
};

} // namespace liaison
