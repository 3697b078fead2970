package nl.schoolveilig.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The groups that may work a task (its candidate groups), for one task from its identity links, or
 * for a whole list of tasks in one query: Camunda's API asks per task, which a list of fifty tasks
 * would turn into fifty queries. The bulk read goes to the engine's identity-link tables directly
 * (read only; their layout is part of Camunda's documented database schema).
 */
@Component
public class CandidateGroups {

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    CandidateGroups(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The candidate groups among a task's identity links, sorted. */
    public static List<String> of(Collection<? extends IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).distinct().sorted().toList();
    }

    /** Per open task id, its candidate groups (sorted); a task without any is absent. */
    public Map<String, List<String>> ofOpenTasks(Collection<String> taskIds) {
        return query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate'"
                + " and GROUP_ID_ is not null and TASK_ID_ in (:ids)", taskIds);
    }

    /** The open tasks offered to this person by name (a request's supervisor or teachers): their ids. */
    public List<String> openTasksOfferedTo(String username) {
        return jdbc.queryForList("select TASK_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and USER_ID_ = :user"
                + " and TASK_ID_ is not null", Map.of("user", username), String.class);
    }

    /**
     * Per task id (open or done), every group and user that was ever a candidate or the assignee: the
     * engine's history of identity links.
     */
    public Map<String, List<String>> everInvolvedIn(Collection<String> taskIds) {
        Map<String, List<String>> involved = new HashMap<>();
        for (List<String> chunk : chunks(taskIds)) {
            jdbc.query("select TASK_ID_, GROUP_ID_, USER_ID_ from ACT_HI_IDENTITYLINK where TASK_ID_ in (:ids)",
                    Map.of("ids", chunk), row -> {
                        List<String> names = involved.computeIfAbsent(row.getString(1), id -> new ArrayList<>());
                        if (row.getString(2) != null) {
                            names.add(row.getString(2));
                        }
                        if (row.getString(3) != null) {
                            names.add(row.getString(3));
                        }
                    });
        }
        return involved;
    }

    private Map<String, List<String>> query(String sql, Collection<String> taskIds) {
        Map<String, TreeSet<String>> groups = new HashMap<>();
        for (List<String> chunk : chunks(taskIds)) {
            jdbc.query(sql, Map.of("ids", chunk),
                    row -> { groups.computeIfAbsent(row.getString(1), id -> new TreeSet<>()).add(row.getString(2)); });
        }
        Map<String, List<String>> sorted = new HashMap<>();
        groups.forEach((task, names) -> sorted.put(task, List.copyOf(names)));
        return sorted;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(new TreeSet<>(ids));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
