#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace liaison {

// Matches names from a file to existing records: by exact name, by alias (or
// short name), by normalised name (case, punctuation, spacing, a leading
// "The", a trailing "Ltd"/"Limited"/"plc"/"Inc"). Names that are merely close
// come back as Uncertain with their candidates, for a person to decide: they
// are never merged silently. "Close" is measured on words, not letters: the
// words that carry the name (without of/for/the/and and without a trailing
// Ltd/Plc/Group/UK), each compared with its best partner (a typo, "Dept" for
// "Department"), the name written without spaces ("Beat Bullying" /
// "Beatbullying"), and initials ("DBIS", "BT" beside "British Telecom"), so
// that a short name takes part and one shared word ("Shell" beside "Shell,
// BP, Total") is not enough.
class NameMatcher
{
public:
    enum class How { Exact, Alias, Normalised, Uncertain, None };

    struct Candidate
    {
        qint64 id = 0;
        QString name;
        double score = 0;    // 0..1
        bool inFile = false; // created earlier in this import, not in the database before
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
    // normalised name, and a close later name lists it as a candidate (in the file).
    void addCreated(qint64 id, const QString &name);

    Match match(const QString &name) const;
    // The record a name is without doubt (exact, alias or normalised), or 0.
    qint64 find(const QString &name) const;
    // The same for a name already normalised (names and aliases alike), or 0.
    qint64 findNormalised(const QString &normalised) const;
    QString nameOf(qint64 id) const { return m_names.value(id); }

    static QString normalise(QStringView name);
    // Similarity of two names, 0..1, as match() measures it.
    static double similarity(const QString &a, const QString &b);

    static constexpr double kCloseThreshold = 0.75;

private:
    struct Key
    {
        QStringList tokens; // the words that carry the name
        QString compact;    // those words without spaces
        QStringList initials;
    };
    struct Known
    {
        qint64 id;
        QString normalised;
        Key key;
        bool created;
    };
    static Key keyOf(const QString &normalised);
    static double score(const Key &a, const Key &b);
    void index(qint64 id, const QString &normalised, bool created);

    QHash<QString, qint64> m_exact;
    QHash<QString, qint64> m_alias;
    QHash<QString, QList<qint64>> m_normalised;
    QHash<qint64, QString> m_names;
    std::vector<Known> m_known;
    QHash<QString, std::vector<int>> m_buckets; // word starts, compact forms, initials → m_known rows
};

} // namespace liaison
