#pragma once

class QApplication;

namespace liaison {

// Starts the window: reads the command line, opens the database (the user's
// own, with the demo on first run, unless --db says otherwise) and shows the
// main window, or says in one line why it cannot.
class Launcher
{
public:
    static int run(QApplication &app);
};

} // namespace liaison
