#include "ReviewModel.h"

#include "ChoiceDelegate.h"

#include <QSet>

namespace liaison {

void ReviewModel::setItems(const QList<ImportReviewItem> &items)
{
    QHash<QString, qint64> chosen; // name → the existing record chosen for it
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_choices.at(i) > 0)
            chosen.insert(QString::number(int(m_items.at(i).what)) + m_items.at(i).name,
                          m_items.at(i).candidates.value(m_choices.at(i) - 1).id);
    }
    beginResetModel();
    m_items.clear();
    // One row per name, even if it came up on several lines.
    QSet<QString> seen;
    for (ImportReviewItem item : items) {
        const QString key = QString::number(int(item.what)) + item.name;
        if (seen.contains(key))
            continue;
        // A name created earlier in the dry run has no record yet to choose:
        // only records in the database are offered.
        item.candidates.removeIf([](const NameMatcher::Candidate &c) { return c.inFile; });
        if (item.candidates.isEmpty())
            continue;
        seen.insert(key);
        m_items.append(item);
    }
    m_choices = QList<int>(m_items.size(), 0);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const qint64 id = chosen.value(QString::number(int(m_items.at(i).what)) + m_items.at(i).name);
        for (qsizetype c = 0; id != 0 && c < m_items.at(i).candidates.size(); ++c) {
            if (m_items.at(i).candidates.at(c).id == id)
                m_choices[i] = int(c) + 1;
        }
    }
    endResetModel();
}

void ReviewModel::useAllSuggestions()
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i).candidates.isEmpty())
            m_choices[i] = 1; // the candidates come best first
    }
    if (!m_items.isEmpty())
        emit dataChanged(index(0, Decision), index(int(m_items.size()) - 1, Decision));
}

int ReviewModel::usingExisting(ImportReviewItem::What what) const
{
    int n = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i)
        n += m_items.at(i).what == what && m_choices.at(i) > 0;
    return n;
}

QHash<QString, qint64> ReviewModel::decisions(ImportReviewItem::What what) const
{
    QHash<QString, qint64> result;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const ImportReviewItem &item = m_items.at(i);
        if (item.what != what)
            continue;
        const int choice = m_choices.at(i);
        result.insert(item.name, choice == 0 ? 0 : item.candidates.value(choice - 1).id);
    }
    return result;
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ImportReviewItem &item = m_items.at(index.row());
    QStringList choices{tr("Create a new record")};
    QStringList names;
    for (const NameMatcher::Candidate &c : item.candidates) {
        choices.append(tr("Use “%1”").arg(c.name));
        names.append(c.name);
    }
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return item.name;
        if (role == Qt::ToolTipRole)
            return item.what == ImportReviewItem::What::Organisation ? tr("Organisation") : tr("Person");
        break;
    case Line:
        if (role == Qt::DisplayRole)
            return item.firstLine;
        break;
    case LooksLike:
        if (role == Qt::DisplayRole)
            return names.join(QStringLiteral(", "));
        break;
    case Decision:
        if (role == Qt::DisplayRole)
            return choices.value(m_choices.at(index.row()));
        if (role == Qt::EditRole)
            return m_choices.at(index.row());
        if (role == ChoiceDelegate::ChoicesRole)
            return choices;
        break;
    }
    return {};
}

bool ReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Decision || role != Qt::EditRole)
        return false;
    const int choice = value.toInt();
    if (choice < 0 || choice > m_items.at(index.row()).candidates.size())
        return false;
    m_choices[index.row()] = choice;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Decision)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name in the file");
    case Line: return tr("Line");
    case LooksLike: return tr("Looks like");
    case Decision: return tr("Decision");
    }
    return {};
}

} // namespace liaison
