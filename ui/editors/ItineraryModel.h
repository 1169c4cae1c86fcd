#pragma once

#include "domain/Activity.h"

#include <QAbstractTableModel>

namespace liaison {

// A delegation's itinerary stops as an editable table: place, date (with its
// precision; the edit role is the lossless ISO text "2014-03", "2014-Q3"…)
// and purpose. The activity editor saves the stops with the activity.
class ItineraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Place, When, Purpose, ColumnCount };

    explicit ItineraryModel(QObject *parent = nullptr);

    QList<ItineraryStop> stops() const { return m_stops; }
    void setStops(const QList<ItineraryStop> &stops);
    void addStop(const ItineraryStop &stop);
    void removeStop(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<ItineraryStop> m_stops;
};

} // namespace liaison
