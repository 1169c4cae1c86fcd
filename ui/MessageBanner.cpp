#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace liaison {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBannerFrame"));
    setStyleSheet(QStringLiteral("QFrame#messageBannerFrame { background: #fff3cd; border: 1px solid #ffda6a; border-radius: 4px; }"
                                 "QLabel#messageBanner { color: #664d03; background: transparent; border: none; }"));
    m_label->setObjectName(QStringLiteral("messageBanner"));
    m_label->setAccessibleName(tr("Message"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    // Three lines at most: a long message is cut, not allowed to grow the window.
    m_label->setMaximumHeight(m_label->fontMetrics().lineSpacing() * 3 + 4);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    hide();
}

void MessageBanner::showMessage(const QString &message)
{
    m_label->setText(message);
    m_label->setToolTip(message);
    show();
}

void MessageBanner::dismiss()
{
    hide();
    m_label->clear();
}

} // namespace liaison
