package io.factcheck.api;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/** The validation rules every door shares: {@code @NotBlank} means blank in Unicode ({@link UnicodeNotBlank}). */
@Singleton
public class ValidationConfig implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        strict(configuration);
    }

    /** For the framework's validator and for one built outside it (the fuzz targets). */
    public static <T extends BaseHibernateValidatorConfiguration<T>> T strict(
            BaseHibernateValidatorConfiguration<T> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
                .validatedBy(UnicodeNotBlank.class);
        // the framework's resolver traverses everything: caching its answers per validation only costs time
        configuration.enableTraversableResolverResultCache(false);
        return configuration.addMapping(mapping);
    }
}
