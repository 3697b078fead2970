package nl.schoolveilig.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares while a piece of work runs (the engine's
 * MyBatis and Hibernate alike), so a test can show that a list reads in a fixed number of queries.
 * The application's DataSource is wrapped in the shared test context; outside a count it only passes on.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Runs the work and answers how many statements this thread prepared meanwhile. */
    public static <T> Counted<T> count(Callable<T> work) throws Exception {
        COUNT.set(new int[1]);
        try {
            T result = work.call();
            return new Counted<>(result, COUNT.get()[0]);
        } finally {
            COUNT.remove();
        }
    }

    public record Counted<T>(T result, int statements) {
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
            }
        };
    }

    private static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
                passOn(target, (method, result) -> result instanceof Connection connection ? wrap(connection) : result));
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                passOn(target, (method, result) -> {
                    if (COUNT.get() != null && (method.equals("prepareStatement") || method.equals("prepareCall")
                            || method.equals("createStatement"))) {
                        COUNT.get()[0]++;
                    }
                    return result;
                }));
    }

    private interface After {
        Object apply(String method, Object result);
    }

    private static InvocationHandler passOn(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return target;
            }
            try {
                return after.apply(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
