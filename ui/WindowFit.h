#pragma once

#include <QSize>

class QWidget;

namespace liaison {

// Keeps a top-level window inside the screen it is on: the first window of a
// 1280×800 laptop is not taller than its screen, and a dock opened or a
// geometry saved on a larger screen does not leave it past the edges.
namespace WindowFit {
// `wanted`, made smaller where the screen's free area (less the frame) is.
QSize firstSize(const QWidget *window, const QSize &wanted);
void fitToScreen(QWidget *window);
} // namespace WindowFit

} // namespace liaison
