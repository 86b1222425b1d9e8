#pragma once
// Member import from CSV in one transaction. The header names the columns (mobile and name are
// required; card_no, gender, birthday, email, region, tags, notes, joined_at are optional;
// Chinese headers 手机, 姓名, 卡号, 性别, 生日, 邮箱, 地区, 标签, 备注, 入会日期 work too). Every bad
// row is reported with its line and reason. By default one bad row imports nothing.

#include "auth/UserService.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace patron {

class Clock;
class Database;
class MemberService;

struct MemberImportProblem {
    int line = 0;
    QString reason;  // translated
};

struct MemberImportReport {
    QString encoding;
    int imported = 0;
    QList<MemberImportProblem> problems;
    bool committed = false;
    bool cancelled = false;  // the progress callback said stop: nothing was written
};

// Rows done and the total; returning false cancels the import.
using MemberImportProgress = std::function<bool(int done, int total)>;

class MemberImport {
public:
    MemberImport(Database& db, const Clock& clock, MemberService& members) : m_db(db), m_clock(clock), m_members(members) {}

    // skipBad: import the good rows and report the bad ones; otherwise all or nothing.
    Result<MemberImportReport> run(const Session& actor, const QByteArray& csv, bool skipBad,
                                   const MemberImportProgress& progress = {});

    static QStringList exportHeader();

private:
    Database& m_db;
    const Clock& m_clock;
    MemberService& m_members;
};

} // namespace patron
