package com.chipchain;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Atmosphere (server push) fetches a version page from the internet at start-up unless told not
 * to on each servlet registration; classrooms may have no internet, and we never want that call.
 */
@Configuration
class NoPhoneHome {

    @Bean
    static BeanPostProcessor atmosphereAnalyticsOff() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration) {
                    registration.addInitParameter("org.atmosphere.cpr.AtmosphereFramework.analytics", "false");
                }
                return bean;
            }
        };
    }
}
