#pragma once

namespace liaison {

// Registers the subcommands that need the ui library (chart export through Qt
// Charts, for instance) with CommandLine. main() calls it first.
void registerUiCommands();

} // namespace liaison
