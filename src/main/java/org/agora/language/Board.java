package org.agora.language;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the scoreboard, projector and item statistics pages (and of the charts and QR code
 * drawn for them in Java), {@code {board:key}} in templates, from {@code messages/board_en.properties}
 * and {@code board_ko.properties}. A bundle of its own for the reason {@link Staff} is (Qute 3.33
 * builds at most 300 messages per bundle); otherwise exactly like {@link Msg}: keys
 * {@code <page>_<what>}, one block per page, one line per key. Parameters of type {@code String}
 * are filled with numbers on the page ({@code .str}) and with {@code '#'} for the projector's script.
 */
@MessageBundle(value = "board", locale = "en")
public interface Board {

    // ScoreboardResource/scoreboard.html
    String scoreboard_title(String name);
    String scoreboard_you_are(String place, int learners);
    String scoreboard_no_row();
    String scoreboard_own_only(String progress);
    String scoreboard_summary(int learners, String progress);
    String scoreboard_names_instructor();
    String scoreboard_names_full();
    String scoreboard_names_nickname();
    String scoreboard_names_own();
    String scoreboard_projector();
    String scoreboard_download();
    String scoreboard_caption();
    String scoreboard_rank();
    String scoreboard_name();
    String scoreboard_total();
    String scoreboard_passed();
    String scoreboard_lessons();
    String scoreboard_you();
    String scoreboard_points_of(String score, String max);
    String scoreboard_passed_mark();
    String scoreboard_pending();
    String scoreboard_late();
    String scoreboard_not_taken();
    String scoreboard_legend();
    String scoreboard_distributions();
    String scoreboard_distributions_intro();
    String scoreboard_submitted(int submitted, int learners);
    String scoreboard_pending_grading(int n);
    String scoreboard_on_projector();
    String scoreboard_on_projector_label(String label);
    String scoreboard_item_statistics();
    String scoreboard_grading();
    String scoreboard_grading_counts(int toGrade, int graded, int released);
    String scoreboard_histogram(String quiz);
    String scoreboard_histogram_tens(String what);
    String scoreboard_histogram_axis();

    // ScoreboardResource/projector.html (and js/projector.js, through the page's data attributes)
    String projector_title();
    String scoreboard_anonymous();
    String projector_progress();
    String projector_learner_count(int n);
    String projector_learner_word(String n);
    String projector_join_title();
    String projector_open();
    String projector_join_code();
    String projector_scan();
    String projector_qr(String address);
    String projector_submitted(int submitted, int learners);
    String projector_submitted_status(String submitted, String learners);
    String projector_graded(String n);
    String projector_waiting(String n);
    String projector_more(int n);
    String projector_score();
    String projector_quizzes_passed();
    String projector_lessons_read();
    String projector_nobody();
    String projector_top(String shown, String learners);
    String projector_all(String n);
    String projector_ranks(String from, String to, String learners);
    String projector_pause();
    String projector_rotate();
    String projector_views();
    String projector_class();
    String projector_hide_join();
    String projector_scoreboard();
    String projector_live();
    String projector_updated(String time);
    String projector_reconnecting();

    // ScoreboardResource/stats.html
    String stats_title(String quiz);
    String stats_class(String name, String code);
    String stats_first_only();
    String stats_back();
    String stats_regrade();
    String stats_grade_essays();
    String stats_essays_note();
    String stats_none();
    String stats_figures();
    String stats_first_attempts();
    String stats_mean();
    String stats_median();
    String stats_sd();
    String stats_sd_undefined();
    String stats_alpha();
    String stats_alpha_undefined();
    String stats_histogram();
    String stats_histogram_caption();
    String stats_questions();
    String stats_caption();
    String stats_question();
    String stats_attempts();
    String stats_facility();
    String stats_discrimination();
    String stats_flags();
    String stats_wrong_answers();
    /** A question type's name, by its key ({@code single}, {@code essay}); an unknown key as it is. */
    String stats_type(String type);
    String stats_flag_hard();
    String stats_flag_easy();
    String stats_flag_negative();
}
