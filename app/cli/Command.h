#pragma once
// One patron-cli command: a name ("user add"), a one-line summary for help, and the function
// that runs it. Each *Commands.cpp file contributes its list; main.cpp gathers the lists.

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace patron::cli {

class CliContext;

struct Command {
    QString name;      // space-separated words, e.g. "user add"
    QString usage;     // arguments after the name
    QString summary;   // translated one-liner
    std::function<int(CliContext&, const QStringList&)> run;
};

std::vector<Command> storeCommands();
std::vector<Command> userCommands();
std::vector<Command> printerCommands();
std::vector<Command> memberCommands();
std::vector<Command> productCommands();
std::vector<Command> categoryCommands();
std::vector<Command> priceCommands();  // part of the product group (PriceCommands.cpp)
std::vector<Command> salesCommands();
std::vector<Command> hqCommands();
std::vector<Command> hqPromoCommands();
std::vector<Command> syncCommands();
std::vector<Command> demoCommands();
std::vector<Command> reportCommands();
// Later groups declare theirs here and are added to allCommands() in main.cpp.

} // namespace patron::cli
