#pragma once
// What every `patron-cli hq …` command shares: the connection options, connecting as the
// head-office administrator, required-option checks, compact JSON for text output.

#include "ArgParser.h"

#include "hq/PgConnection.h"

#include <QJsonValue>

#include <initializer_list>
#include <optional>

namespace patron::cli {

class CliContext;

// The connection options; each command adds its own.
ArgParser hqParser();
// Parses, connects; on failure returns nullopt and the exit code through `exit`.
std::optional<PgConnection> connectHq(CliContext& ctx, ArgParser& p, const QStringList& args, int* exit);
// The required options of a command, or a usage error naming the first one missing.
bool requireOptions(CliContext& ctx, const ArgParser& p, const QString& command, std::initializer_list<const char*> names,
                    int* exit);
QString compact(const QJsonValue& v);

} // namespace patron::cli
