// Code-first GraphQL output types declared in another module than the resolvers that return them.
import { Field, ObjectType } from '@nestjs/graphql';

/** A member as other members see it: the schema exposes the e-mail only among sensitive fields. */
@ObjectType()
export class MemberCard {
  @Field() id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  // Kept on the class for the service layer, never in the schema.
  phone!: string;
}

/** A card that inherits the base's fields and adds the date of birth. */
@ObjectType()
export class MemberDetails extends MemberCard {
  @Field() dateOfBirth!: string;
}

/** A namesake without the schema decorator: a plain class projects nothing. */
export class PlainCard {
  id!: string;
}
