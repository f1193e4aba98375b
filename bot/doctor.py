"""``python -m bot check``: the store's health, what was repaired, what is lost.

With the bot stopped it repairs as it reads (damaged files restored from their mirrors)
and re-seeds figures that articles can give back; with the bot running it only reports,
since the running bot is the one writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.services import Services
from bot.settings import Settings
from bot.store import FileProblem, StoreLockedError

__all__ = ["HealthReport", "check_store"]


@dataclass
class HealthReport:
    files_checked: int
    problems: list[FileProblem]
    repaired_by_writer: bool
    reseeded: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def lost(self) -> list[FileProblem]:
        return [p for p in self.problems if p.lost]

    def lines(self) -> list[str]:
        """What ``check`` prints, in Vietnamese."""
        out = [f"Đã kiểm tra {self.files_checked} tệp của kho dữ liệu."]
        if not self.repaired_by_writer:
            out.append("Bot đang chạy: chỉ kiểm tra, không sửa (bot tự khôi phục khi đọc).")
        out += [f"! {p.describe()}" for p in self.problems]
        out += self.notes
        repaired = sum(1 for p in self.problems if p.restored)
        out.append(
            f"Kết quả: {len(self.problems)} vấn đề, khôi phục {repaired}, mất {len(self.lost)}."
            if self.problems
            else "Kết quả: kho dữ liệu nguyên vẹn."
        )
        return out


def check_store(settings: Settings) -> HealthReport:
    """Check every file; as the writer, repair and re-seed what articles can rebuild."""
    try:
        services = Services.open(settings, seed_if_empty=False)
    except StoreLockedError:
        services = Services.open(settings, writer=False, seed_if_empty=False)
    try:
        problems = services.store.check()
        report = HealthReport(services.store.checked_files, problems, services.store.is_writer)
        lost_shards = [p for p in report.lost if p.rel.startswith("observations/")]
        if lost_shards and services.store.is_writer:
            seeded = services.seed()
            report.reseeded = seeded.added
            report.notes.append(
                f"Đã nạp lại {seeded.added} số liệu từ bài báo; số liệu do cán bộ nhập trong "
                "các tệp mất không khôi phục được từ bài báo."
            )
        return report
    finally:
        services.close()
