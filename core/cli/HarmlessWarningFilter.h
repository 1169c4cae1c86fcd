#pragma once

namespace liaison {

// Drops two Qt warnings that say nothing a user can act on and made the
// command line look broken:
// - "OpenType support missing for <font>, script N": Qt tries a font that
//   lacks a script (Noto Sans for Tamil) before falling back to one that has
//   it; the text renders correctly.
// - "This plugin does not support propagateSizeHints()": the offscreen
//   platform used to paint charts without a screen.
// Every other message goes to the handler that was there before.
class HarmlessWarningFilter
{
public:
    static void install();
};

} // namespace liaison
