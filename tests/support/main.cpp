// Catch2 main for headless tests. A QCoreApplication exists for the whole run (Qt needs one for
// translations, QProcess and event loops); it needs no display, so listing the cases after the
// link (catch_discover_tests) works anywhere.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("PATRON_KDF_PROFILE", "test");
    return Catch::Session().run(argc, argv);
}
