package dk.loeft.enrolment.completion;

/** How a participant took part in one session: present (fremmødt), absent (fravær) or excused (afbud, with a reason). */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED;

    public String labelKey() {
        return "enrolment.attendance.status." + name();
    }
}
