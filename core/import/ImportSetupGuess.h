#pragma once

#include "ColumnProfile.h"
#include "ImportMapping.h"
#include "csv/CsvFormat.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace liaison {

// The default setup of a file, as a new user gets it with nothing but a
// kind: which row is the header, what each column becomes (its heading's
// words, confirmed or vetoed by its cells), and which columns name a value
// once per block to be filled down. Read from a bounded sample of the file's
// first rows, never the whole file. `liaison import` and the import wizard
// both start from it, so both guess the same.
class ImportSetupGuess
{
public:
    static constexpr int kSampleRows = 500;
    static constexpr int kHeaderSearchRows = 40;

    struct Column
    {
        int column = -1;
        QString header;
        ImportField fromHeader = ImportField::Ignore; // what the wording alone says
        ColumnProfile::Content content = ColumnProfile::Content::Empty;
        ColumnMapping mapping;                        // field Ignore: left unmapped
        QString reason; // why, when the cells changed or vetoed the wording, or fill-down was found
    };

    // Reads up to kSampleRows records from the start of `device` (and seeks
    // back). `headerRow` -1 or more: the header the user chose (-1: none),
    // with `dataStart`; otherwise (kGuess) the header row is guessed too.
    static constexpr int kGuess = -2;
    static ImportSetupGuess fromDevice(QIODevice &device, const CsvFormat &format, ImportTarget target,
                                       int headerRow = kGuess, int dataStart = -1);
    static ImportSetupGuess fromRows(const QList<QStringList> &rows, ImportTarget target, int headerRow = kGuess,
                                     int dataStart = -1);

    int headerRow = 0;
    int dataStart = 1;
    QStringList header;
    QList<Column> columns; // one per column of the sample

    QList<ColumnMapping> mappedColumns() const;
    // Header row, first data row and columns into `mapping` (its target and kind stay).
    void applyTo(ImportMapping &mapping) const;

private:
    void guessColumns(const QList<QStringList> &rows, ImportTarget target);
    void findFillDown(const QList<QStringList> &rows);
};

} // namespace liaison
