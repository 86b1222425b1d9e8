#include "UiBenchOptions.h"

namespace patron::uibench {

bool UiBenchOptions::parse(const QStringList& args, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString* out) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
            *out = args[++i];
            return true;
        };
        auto number = [&](qint64 min, auto* out) {
            QString v;
            if (!value(&v))
                return false;
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n < min) {
                *error = QStringLiteral("%1 takes a whole number of at least %2").arg(a).arg(min);
                return false;
            }
            *out = static_cast<std::remove_pointer_t<decltype(out)>>(n);
            return true;
        };
        bool ok = true;
        if (a == u"--store")
            ok = value(&store);
        else if (a == u"--dir")
            ok = value(&dir);
        else if (a == u"--products")
            ok = number(100, &products);
        else if (a == u"--scans")
            ok = number(1, &scans);
        else if (a == u"--key-gap-ms")
            ok = number(1, &keyGapMs);
        else if (a == u"--cart-lines")
            ok = number(1, &cartLines);
        else if (a == u"--strict")
            strict = true;
        else {
            *error = QStringLiteral("unknown option %1 (--store DIR | --dir DIR --products N, --scans N, "
                                    "--key-gap-ms N, --cart-lines N, --strict)").arg(a);
            return false;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace patron::uibench
