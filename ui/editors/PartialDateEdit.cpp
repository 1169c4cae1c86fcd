#include "PartialDateEdit.h"

#include "import/TypedDateReader.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace liaison {

namespace {
// "30/11/2026" is read in the order the user's locale writes dates.
DateParser::DayOrder localeDayOrder()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    return month >= 0 && day >= 0 && month < day ? DateParser::DayOrder::MonthFirst : DateParser::DayOrder::DayFirst;
}
} // namespace

PartialDateEdit::PartialDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_calendarButton(new QToolButton(this))
{
    m_text->setObjectName(QStringLiteral("dateText"));
    m_text->setAccessibleName(tr("Date"));
    m_text->setToolTip(tr("Type a date: 30 Nov 2026, 2026-11-30, Nov 2026, Q3 2014, 2014, today, +2w"));
    m_text->setPlaceholderText(tr("not set"));
    m_text->setClearButtonEnabled(true);
    // Room for "30 Nov 2026" and a little more; the result line says the rest.
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QStringLiteral("30 Nov 2026__")));
    m_result->setObjectName(QStringLiteral("dateResult"));
    m_result->setAccessibleName(tr("Date as stored"));
    m_result->setTextFormat(Qt::PlainText);
    // Never what widens a form: a narrow pane clips the result (its tooltip has it whole).
    m_result->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_result->setMinimumWidth(m_result->fontMetrics().horizontalAdvance(QStringLiteral("→ 30 Nov 2026")) / 2);
    m_calendarButton->setObjectName(QStringLiteral("dateCalendarButton"));
    m_calendarButton->setAccessibleName(tr("Pick a date from a calendar"));
    m_calendarButton->setToolTip(tr("Pick a day from a calendar"));
    // The desktop's calendar icon where its theme has one; a drop-down arrow
    // otherwise (emoji are missing from many desktop fonts).
    const QIcon icon = QIcon::fromTheme(QStringLiteral("view-calendar"), QIcon::fromTheme(QStringLiteral("x-office-calendar")));
    if (icon.isNull())
        m_calendarButton->setText(QStringLiteral("▾"));
    else
        m_calendarButton->setIcon(icon);
    m_calendarButton->setFocusPolicy(Qt::TabFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_calendarButton);
    layout->addWidget(m_result, 3);
    setFocusProxy(m_text);

    connect(m_text, &QLineEdit::textEdited, this, [this] {
        m_typed = true;
        emit edited();
    });
    connect(m_text, &QLineEdit::editingFinished, this, &PartialDateEdit::commit);
    connect(m_calendarButton, &QToolButton::clicked, this, &PartialDateEdit::openCalendar);
    setValue(PartialDate(QDate::currentDate()));
}

PartialDate PartialDateEdit::read(const QString &text, QString *error) const
{
    const PartialDate date = TypedDateReader(localeDayOrder()).read(text, error);
    if (date.isValid() && m_dayRequired && date.precision() != DatePrecision::Day) {
        if (error)
            *error = tr("needs a day (%1 is a %2)").arg(date.toDisplayString(), precisionName(date.precision()));
        return {};
    }
    return date;
}

PartialDate PartialDateEdit::value() const
{
    if (m_typed)
        return read(m_text->text(), nullptr);
    return m_value;
}

bool PartialDateEdit::hasError() const
{
    return !errorText().isEmpty();
}

QString PartialDateEdit::errorText() const
{
    if (!m_typed)
        return m_error;
    QString error;
    read(m_text->text(), &error);
    return error;
}

void PartialDateEdit::setValue(const PartialDate &date)
{
    m_typed = false;
    m_error.clear();
    m_text->setText(date.toDisplayString());
    const bool changed = date != m_value;
    m_value = date;
    showResult();
    if (changed)
        emit valueChanged(m_value);
}

void PartialDateEdit::setEmptyText(const QString &text)
{
    m_text->setPlaceholderText(text);
    showResult();
}

void PartialDateEdit::setCompact(bool compact, bool withCalendar)
{
    m_compact = compact;
    m_calendarButton->setVisible(!compact || withCalendar);
    m_result->setVisible(!compact);
    showResult();
}

void PartialDateEdit::commit()
{
    if (!m_typed)
        return;
    m_typed = false;
    QString error;
    const PartialDate date = read(m_text->text(), &error);
    m_error = error;
    // Text that is not a date keeps the value unset (and says why) rather
    // than leaving the previous date in place unseen.
    const bool changed = date != m_value;
    m_value = date;
    showResult();
    if (changed)
        emit valueChanged(m_value);
}

void PartialDateEdit::showResult()
{
    QString text;
    if (!m_error.isEmpty())
        text = tr("⚠ %1").arg(m_error);
    else if (m_value.isValid())
        text = tr("→ %1").arg(TypedDateReader::describe(m_value));
    else
        text = tr("→ %1").arg(m_text->placeholderText());
    m_result->setText(text);
    m_result->setToolTip(text);
    m_result->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b01c1c; }"));
    m_text->setToolTip(m_compact ? text : m_text->toolTip());
}

void PartialDateEdit::openCalendar()
{
    commit();
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("dateCalendarPopup"));
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("dateCalendar"));
        m_calendar->setAccessibleName(tr("Calendar"));
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &day) {
            m_popup->hide();
            setValue(PartialDate(day));
            emit edited();
            m_text->setFocus();
        });
        connect(m_calendar, &QCalendarWidget::activated, m_calendar, &QCalendarWidget::clicked);
    }
    // At the field's date, else today: never at a far-off minimum date.
    const QDate shown = m_value.isValid() ? m_value.first() : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->adjustSize();
    QPoint at = m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height()));
    if (const QScreen *screen = m_calendarButton->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(qBound(area.left(), at.x(), area.right() - m_popup->width()));
        if (at.y() + m_popup->height() > area.bottom())
            at.setY(m_calendarButton->mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus();
}

} // namespace liaison
