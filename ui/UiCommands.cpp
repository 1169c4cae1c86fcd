#include "UiCommands.h"

#include "cli/CommandLine.h"

namespace liaison {

void registerUiCommands()
{
    // Each entry: CommandLine::registerCommand({name, summary, kind, &SomeCommand::run});
}

} // namespace liaison
