#pragma once
// Writes back the shifts head office hands a restored till (its own shift.opened and shift.closed
// payloads, docs/sync-events.md): a shift its backup lacks is recreated, a close it missed is
// applied with the figures the till fixed when it closed (closed_at, counted, expected). And the
// shift a re-pulled sale or return was booked to. Idempotent by the shift's UUID. Inside the
// caller's transaction; throws StoreException.

#include "sales/ShiftService.h"

#include <QJsonObject>
#include <optional>

namespace patron {

class Database;

class ShiftCopy {
public:
    explicit ShiftCopy(Database& db) : m_db(db) {}

    // A shift.opened payload. True when the shift was written now (the till did not hold it).
    bool writeOpened(const QJsonObject& opened);
    // A shift.closed payload. True when something was written: the close of a shift the till
    // holds open, or the whole shift when it holds none by that UUID.
    bool writeClosed(const QJsonObject& closed);

    // The shift a sale.completed or sale.returned payload was booked to: its "shift_uuid"; nullopt
    // when that is null (made with no shift open) or a shift the till does not hold (the sale is
    // then in no drawer). A payload from before shift_uuid travelled goes to the open shift, as it
    // always did.
    std::optional<Shift> bookedShift(const QJsonObject& sale) const;

private:
    Database& m_db;
};

} // namespace patron
