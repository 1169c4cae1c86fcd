#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace liaison {

// Matches names from a file to existing records: by exact name, by alias (or
// short name), by normalised name (case, punctuation, spacing, a leading
// "The", a trailing "Ltd"/"Limited"/"plc"/"Inc"). Names that are merely close
// (similar letters, one name inside the other) come back as Uncertain with
// their candidates, for a person to decide: they are never merged silently.
class NameMatcher
{
public:
    enum class How { Exact, Alias, Normalised, Uncertain, None };

    struct Candidate
    {
        qint64 id = 0;
        QString name;
        double score = 0; // 0..1
    };
    struct Match
    {
        How how = How::None;
        qint64 id = 0; // for Exact, Alias, Normalised
        QList<Candidate> candidates; // for Uncertain
    };

    // Known records. `isAlias`: a short name or alias rather than the name.
    void add(qint64 id, const QString &name, bool isAlias = false);
    // A record created during the import: later rows match it exactly or by
    // normalised name, but it is not offered as a close candidate.
    void addCreated(qint64 id, const QString &name);

    Match match(const QString &name) const;
    QString nameOf(qint64 id) const { return m_names.value(id); }

    static QString normalise(QStringView name);
    // Similarity of two normalised names, 0..1 (letter pairs in common).
    static double similarity(const QString &a, const QString &b);

    static constexpr double kCloseThreshold = 0.72;

private:
    struct Known
    {
        qint64 id;
        QString normalised;
        std::vector<quint32> bigrams; // sorted
    };
    static std::vector<quint32> bigramsOf(const QString &normalised);

    QHash<QString, qint64> m_exact;
    QHash<QString, qint64> m_alias;
    QHash<QString, QList<qint64>> m_normalised;
    QHash<qint64, QString> m_names;
    std::vector<Known> m_known;
};

} // namespace liaison
