#include "WindowFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace liaison::WindowFit {

namespace {
const QScreen *screenOf(const QWidget *window)
{
    const QScreen *screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

// The frame a window manager adds; before the first show it is not known
// yet, and a title bar and borders are assumed.
QMargins frameOf(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    if (window->isVisible() && frame != inner)
        return QMargins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                        frame.bottom() - inner.bottom());
    return QMargins(4, 32, 4, 4);
}
} // namespace

QSize firstSize(const QWidget *window, const QSize &wanted)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return wanted;
    const QMargins frame = frameOf(window);
    const QSize room = screen->availableGeometry().size().shrunkBy(frame);
    return wanted.boundedTo(room);
}

void fitToScreen(QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect area = screen->availableGeometry();
    const QMargins frame = frameOf(window);
    const QSize room = area.size().shrunkBy(frame);
    const QSize size = window->size().boundedTo(room);
    if (size != window->size())
        window->resize(size);
    QRect outer = window->frameGeometry();
    if (!window->isVisible())
        outer = QRect(window->pos(), window->size().grownBy(frame));
    if (!area.contains(outer)) {
        QPoint at = outer.topLeft();
        at.setX(qBound(area.left(), at.x(), qMax(area.left(), area.right() + 1 - outer.width())));
        at.setY(qBound(area.top(), at.y(), qMax(area.top(), area.bottom() + 1 - outer.height())));
        window->move(at);
    }
}

} // namespace liaison::WindowFit
