#pragma once

#include <QHeaderView>
#include <QTableView>

namespace liaison {

// The look every list in the window shares: whole-row selection, alternating
// rows, no row numbers, the last column stretched.
inline QTableView *makeTableView(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// One column takes the width left over (a name, a title); the others keep
// the widths they were given or sized to.
inline void stretchColumn(QTableView *view, int column)
{
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

// For an editor's short tables (a record's activities, its agreements): the
// other columns fit their contents, up to a cap, so that a date range or an
// empty location column does not squeeze the titles into "…".
inline void stretchColumnFitOthers(QTableView *view, int column, int maximumOtherWidth = 170)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMaximumSectionSize(maximumOtherWidth);
    stretchColumn(view, column);
}

} // namespace liaison
