#pragma once
// Small helpers shared by all tests.

#include <QString>

#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch2 print QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }

namespace patron::test {

// The build tree's root (set by CTest), for finding patron-cli and friends.
QString binaryDir();
// Every file under dir (recursively) whose bytes contain needle.
QStringList filesContaining(const QString& dir, const QByteArray& needle);

} // namespace patron::test

// REQUIRE that a Result is ok, printing its message when it is not.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto& patron_r_ = (expr);                                                            \
        INFO(patron_r_.message().toStdString());                                                   \
        REQUIRE(patron_r_.ok());                                                                   \
    } while (false)
