package nl.schoolveilig.incident;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed case keeps its personal data: {@code period} after closure (standard two years),
 * a board's own {@code period}, and per category within a board.
 */
@ConfigurationProperties("schoolveilig.retention")
record RetentionProperties(@DefaultValue("P2Y") Period period, Map<String, Board> boards) {

    RetentionProperties {
        boards = boards == null ? Map.of() : Map.copyOf(boards);
    }

    record Board(Period period, Map<Category, Period> categories) {

        Board {
            categories = categories == null ? Map.of() : Map.copyOf(categories);
        }
    }

    Period of(String boardId, Category category) {
        Board board = boards.get(boardId);
        if (board == null) {
            return period;
        }
        Period own = board.categories().get(category);
        return own != null ? own : board.period() != null ? board.period() : period;
    }
}
